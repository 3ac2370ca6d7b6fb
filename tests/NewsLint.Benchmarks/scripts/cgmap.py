#!/usr/bin/env python3
"""cgmap.py CALLGRIND_OUT DBG [N] [--inclusive] [--grep=RE] [--callers=RE] [--callees=RE]: callgrind profile of a stripped NativeAOT executable, its
address-named functions mapped to symbols of the .dbg file (valgrind cannot read its DWARF 5). Functions of the unnamed
object ('???', the managed code) carry absolute addresses (PIE loaded at 0x108000 under valgrind); those of the named
executable carry file addresses. --callers=RE lists who calls the functions matching RE, by the cost of those calls,
with the number of calls (callers of RhpNew|RhpGcAlloc: where objects are allocated); --callees=RE lists what the
functions matching RE call, by inclusive cost, with their own cost first."""
import sys, re, subprocess, bisect, collections
args = [a for a in sys.argv[1:] if not a.startswith('--')]
out, dbg = args[0], args[1]
n = int(args[2]) if len(args) > 2 else 40
inclusive = '--inclusive' in sys.argv
pat = next((re.compile(a[7:]) for a in sys.argv if a.startswith('--grep=')), None)
callers_of = next((re.compile(a[10:]) for a in sys.argv if a.startswith('--callers=')), None)
callees_of = next((re.compile(a[10:]) for a in sys.argv if a.startswith('--callees=')), None)
by_callee = collections.Counter()
by_caller = collections.Counter(); call_count = collections.Counter()
syms = []
for line in subprocess.run(['nm', '-n', '--defined-only', dbg], capture_output=True, text=True).stdout.splitlines():
    p = line.split(None, 2)
    if len(p) == 3 and p[1] in 'tTwW':
        syms.append((int(p[0], 16), p[2]))
addrs = [a for a, _ in syms]
obnames = {}
def obname(spec):
    m = re.match(r'\((\d+)\)(?: (.*))?', spec)
    if m.group(2) is not None: obnames[m.group(1)] = m.group(2)
    return obnames.get(m.group(1), '?')
def symname(name, ob):
    if not name.startswith('0x'): return name
    base, _, rec = name.partition("'")
    a = int(base, 16)
    if ob == '???': a -= 0x108000
    i = bisect.bisect_right(addrs, a) - 1
    return (syms[i][1] if i >= 0 else name) + ("'" + rec if rec else '')
names = {}
def resolve(spec, ob):
    m = re.match(r'\((\d+)\)(?: (.*))?', spec)
    if not m: return symname(spec, ob)
    if m.group(2) is not None: names[m.group(1)] = symname(m.group(2), ob)
    return names.get(m.group(1), '?')
self_ = collections.Counter(); incl = collections.Counter()
ob = cob = None; fn = cfn = None; pending = False; total = 0
npos = 1  # position columns before the cost: 'line', or 'instr line' with --dump-instr=yes
for line in open(out):
    if line.startswith('positions:'): npos = len(line.split()) - 1; continue
    if line.startswith('ob='): ob = obname(line[3:].strip()); cob = None; continue
    if line.startswith('cob='): cob = obname(line[4:].strip()); continue
    if line.startswith('fn='): fn = resolve(line[3:].strip(), ob); cob = None; continue
    if line.startswith('cfn='): cfn = resolve(line[4:].strip(), cob or ob); cob = None; continue
    if line.startswith('calls='): pending = True; ncalls = int(line[6:].split()[0]); continue
    if line[:1].isdigit() or line[:1] in '+-*':
        parts = line.split()
        if len(parts) <= npos: continue
        c = int(parts[npos])
        if pending:
            if cfn != fn: incl[fn] += c
            if callers_of and callers_of.search(cfn): by_caller[fn] += c; call_count[fn] += ncalls
            if callees_of and callees_of.search(fn): by_callee[cfn] += c; call_count[cfn] += ncalls
            pending = False
        else:
            self_[fn] += c; incl[fn] += c; total += c
            if callees_of and callees_of.search(fn): by_callee['(self) ' + fn] += c
# When collections happen moves from run to run (1-3 million instructions on the same build): compare builds without them.
collections = sum(c for name, c in incl.items() if 'gc_heap15garbage_collect' in name)
print(f'total {total/1e6:.1f} M, without the collections {(total - collections)/1e6:.1f} M')
for name, c in (by_caller if callers_of else by_callee if callees_of else incl if inclusive else self_).most_common():
    if pat and not pat.search(name): continue
    calls = f'{call_count[name]:>10,} calls  ' if callers_of or callees_of else ''
    print(f'{c/1e6:8.2f} M  {calls}{name[:150]}')
    n -= 1
    if n == 0: break
