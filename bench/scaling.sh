#!/usr/bin/env bash
# Cost per byte: time and peak memory of whole `chorus digest` runs on
# synthetic hostile inputs of each shape at 0.1, 1 and 10 MB (the default
# --max-file-size). Each input is a directory: the shaped text as one file
# (near-duplicates: many articles) beside one ordinary article, so that the
# stages that compare documents run too. Default method and options, the
# entity model as the CLI loads it by default, JSON output.
#
# Usage: bench/scaling.sh [--sizes "0.1 1 10"] [--shapes "dates names ..."] [--timeout SECONDS]
#                         [--keep DIR]   (keep the generated inputs in DIR/SHAPE-SIZE, e.g. to profile)
# Run from the project root after building (build/chorus). Targets (issue 12):
# at most 1 s per MB of text and at most 20 times the input's size in memory.
# Prints one Markdown table row per input; results go in docs/BENCHMARKS.md.
set -euo pipefail

chorus=${CHORUS:-build/chorus}
sizes="0.1 1 10"
shapes="long-sentences short-lines numbers dates names near-duplicates repeated-word distinct-words"
timeout=300
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --shapes) shapes=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "bench/scaling.sh: unknown option '$1' (see the usage line at the top)" >&2; exit 2 ;;
  esac
done
[[ -x $chorus ]] || { echo "bench/scaling.sh: $chorus not found; build first" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench/scaling.sh: /usr/bin/time not found (Debian package 'time')" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# generate SHAPE BYTES DIR: writes the shaped input into DIR (deterministic).
generate() {
  perl -e '
    use strict; use warnings;
    my ($shape, $bytes, $dir) = @ARGV;
    srand(12);
    my @words = qw(river council bridge storm harbor police water road village mayor
      report families boats school power lines market evening morning officials
      crews flood bank street hospital workers train station league coast);
    my @names = qw(Ostvik Marrow Halvern Delacroix Brennan Okafor Lindqvist Tamura
      Szabo Novak Haddad Ferreira Kowalski Nakamura Petrov Moreau Castillo Jensen);
    my @months = qw(January February March April May June July August September
      October November December);
    my $word = sub { $words[int(rand(@words))] };
    my $out = "";
    open(my $fh, ">", "$dir/shaped.txt") or die "$dir: $!";
    my $emit = sub { $out .= $_[0]; if (length($out) > 65536) { print $fh $out; $out = "" } };
    my $written = 0;
    my $put = sub { $emit->($_[0]); $written += length($_[0]) };
    if ($shape eq "near-duplicates") {
      # Many articles of about 4 KB, each a copy of one story with a few words changed.
      close($fh); unlink("$dir/shaped.txt");
      my @story;
      for my $s (1 .. 40) { push @story, join(" ", map { $word->() } 1 .. 14) . "." }
      my $n = 0;
      while ($written < $bytes) {
        my @copy = @story;
        $copy[int(rand(@copy))] =~ s/(\w+)/$names[int(rand(@names))]/ for 1 .. 3;
        my $text = "Title " . $n . "\n\n" . join("\n\n", @copy) . "\n";
        open(my $a, ">", sprintf("%s/copy_%05d.txt", $dir, $n++)) or die "$dir: $!";
        print $a $text; close($a);
        $written += length($text);
      }
      exit 0;
    }
    $put->("Title of the shaped input\n\n");
    while ($written < $bytes) {
      if ($shape eq "long-sentences") {
        # One paragraph, one sentence: words and commas, never a full stop.
        $put->($word->() . (rand() < 0.1 ? ", " : " "));
      } elsif ($shape eq "short-lines") {
        $put->(ucfirst($word->()) . " " . $word->() . " " . $word->() . ".\n\n");
      } elsif ($shape eq "numbers") {
        $put->(sprintf("About %d %s and %d.%d percent of %s, ", int(rand(100000)), $word->(),
                       int(rand(100)), int(rand(10)), $word->()));
      } elsif ($shape eq "dates") {
        # ISO dates and written ones on one line, as in the issue.
        $put->(sprintf("%04d-%02d-%02d ", 2000 + int(rand(20)), 1 + int(rand(12)), 1 + int(rand(28))));
        $put->(sprintf("on %s %d, %d ", $months[int(rand(12))], 1 + int(rand(28)), 2000 + int(rand(20))))
          if rand() < 0.3;
      } elsif ($shape eq "names") {
        $put->(sprintf("%s %s met %s %s in %s. ", $names[int(rand(@names))], $names[int(rand(@names))],
                       $names[int(rand(@names))], $names[int(rand(@names))], $names[int(rand(@names))]));
        $put->("\n\n") if rand() < 0.1;
      } elsif ($shape eq "repeated-word") {
        $put->("flood ");
      } elsif ($shape eq "distinct-words") {
        # Sentences of made-up words, almost every one new, a third capitalized:
        # a vocabulary and a set of names that grow with the input.
        my @s;
        for (1 .. 12) {
          my $w = join("", map { chr(97 + int(rand(26))) } 1 .. 3 + int(rand(7)));
          push @s, rand() < 0.3 ? ucfirst($w) : $w;
        }
        $put->(join(" ", @s) . ".\n");
      } else {
        die "unknown shape $shape\n";
      }
    }
    print $fh $out, "\n";
    close($fh);
  ' "$1" "$2" "$3"
}

echo "| shape | size | input bytes | wall s | CPU s | CPU s per MB | peak RSS MB | RSS / input | exit |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for shape in $shapes; do
  for size in $sizes; do
    dir="$work/$shape-$size"
    mkdir -p "$dir"
    cp examples/lakeport/01_harbor-daily.txt "$dir/zz_ordinary.txt"
    bytes=$(awk -v s="$size" -v o="$(wc -c < "$dir/zz_ordinary.txt")" 'BEGIN { printf "%d", s * 1000000 - o - 100 }')
    generate "$shape" "$bytes" "$dir"
    total=$(cat "$dir"/*.txt | wc -c)
    status=0
    /usr/bin/time -v -o "$work/time.txt" timeout "$timeout" \
      "$chorus" digest "$dir" --format json -o "$work/out.json" -q || status=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                        for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$work/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time.txt")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    awk -v shape="$shape" -v size="$size" -v bytes="$total" -v wall="$wall" -v cpu="$cpu" -v rss="$rss_kb" -v st="$status" \
      'BEGIN { mb = bytes / 1e6; printf "| %s | %s MB | %d | %.2f | %.2f | %.2f | %.0f | %.1f | %s |\n",
               shape, size, bytes, wall, cpu, cpu / mb, rss / 1024, rss * 1024 / bytes,
               st == 0 ? "ok" : (st == 124 ? "timeout" : st) }'
    if [[ -n $keep ]]; then mkdir -p "$keep" && rm -rf "${keep:?}/$shape-$size" && mv "$dir" "$keep/"; else rm -rf "$dir"; fi
  done
done
