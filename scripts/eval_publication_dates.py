#!/usr/bin/env python3
# Publication-date inference on DUC 2004: each cluster given as JSONL, with
# metadata dates for none (mode "none") or for every other document ("half");
# the inferred dates are compared with the real ones (docs/EVAL.md).
# usage: scripts/eval_publication_dates.py none|half build/chorus
import json,subprocess,datetime,sys,os,tempfile,shutil
mode=sys.argv[1]; chorus=sys.argv[2]
tot=exact=within1=within3=unknown=0
work=tempfile.mkdtemp()
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data', 'duc2004', 'clusters.jsonl')) as f:
    for line in f:
        c=json.loads(line)
        p=os.path.join(work,'%s.jsonl'%c['id'])
        truth={d['id']:d['date'] for d in c['docs']}
        with open(p,'w') as o:
            for i,d in enumerate(c['docs']):
                rec={'id':d['id'],'text':d['text']}
                if mode=='half' and i%2==0: rec['published']=d['date']
                o.write(json.dumps(rec)+'\n')
        out=json.loads(subprocess.run([chorus,'timeline','-q','--format','json',p],capture_output=True,text=True).stdout)
        for d in out['documents']:
            if d['published_from']=='metadata': continue
            tot+=1
            if not d['published']: unknown+=1; continue
            a=datetime.date.fromisoformat(d['published'][:10]); b=datetime.date.fromisoformat(truth[d['id']])
            exact+= a==b; within1+= abs((a-b).days)<=1; within3+=abs((a-b).days)<=3
shutil.rmtree(work)
print(f"{mode}: documents to date {tot}, dated {tot-unknown}, exact {exact}, within 1 day {within1}, within 3 days {within3}, unknown {unknown}")
