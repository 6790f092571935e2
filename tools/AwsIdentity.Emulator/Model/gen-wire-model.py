import gzip,json,os
# Regenerates wire-model.json: the request shapes and HTTP bindings of the operations the emulator serves,
# taken from the botocore models installed on this machine (facts only: names, types, constraints).
import botocore
B=os.path.join(os.path.dirname(botocore.__file__),'data')+'/'
spec={'eks':('eks/2017-11-01',['CreateCluster','DescribeCluster','DeleteCluster','ListClusters','AssociateIdentityProviderConfig','DisassociateIdentityProviderConfig','DescribeIdentityProviderConfig','ListIdentityProviderConfigs','DescribeUpdate','ListUpdates','TagResource','UntagResource','ListTagsForResource']),
'lmus':('license-manager-user-subscriptions/2018-05-10',['RegisterIdentityProvider','UpdateIdentityProviderSettings','DeregisterIdentityProvider','ListIdentityProviders','StartProductSubscription','StopProductSubscription','ListProductSubscriptions','ListInstances','AssociateUser','DisassociateUser','ListUserAssociations','TagResource','UntagResource','ListTagsForResource'])}
KEEP=('type','required','members','member','key','value','min','max','pattern','enum','union','location','locationName','shape')
def clean(shape):
    out={k:v for k,v in shape.items() if k in KEEP and k!='members'}
    for k in ('member','key','value'):
        if k in shape: out[k]={'shape':shape[k]['shape']}
    if 'members' in shape:
        out['members']={n:{k:v for k,v in m.items() if k in KEEP} for n,m in shape['members'].items()}
    return out
out={}
for svc,(path,ops) in spec.items():
    m=json.load(gzip.open(B+path+'/service-2.json.gz')); S=m['shapes']; need=set(); res={}
    def walk(n):
        if n in need: return
        need.add(n); s=S[n]
        for mv in s.get('members',{}).values(): walk(mv['shape'])
        for k in ('member','key','value'):
            if k in s: walk(s[k]['shape'])
    for o in ops:
        op=m['operations'][o]; walk(op['input']['shape'])
        res[o]={'method':op['http']['method'],'uri':op['http']['requestUri'],'code':op['http'].get('responseCode',200),'input':op['input']['shape']}
    out[svc]={'signingName':m['metadata']['signingName'],'operations':res,'shapes':{n:clean(S[n]) for n in sorted(need)}}
json.dump(out,open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'wire-model.json'),'w'),separators=(',',':'),sort_keys=True)
