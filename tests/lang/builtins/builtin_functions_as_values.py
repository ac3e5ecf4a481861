# Checks: builtins passed as values (key functions, map targets), stored in containers and aliased.
fns = [len, str, abs, bool, sorted]
print([f.__name__ for f in fns])
args = ['abc', 12, -3, 0, 'cba']
print([fns[i](args[i]) for i in range(5)])
table = {'len': len, 'max': max, 'sum': sum}
for name in ['len', 'max', 'sum']:
    print(name, table[name]([4, 9, 2]))
my_print = print
my_print('aliased', 'print', sep='+')
conv = [int, float, str]
print([c('7') for c in conv])
print(sorted(['b', 'C', 'a'], key=str.lower), sorted([-3, 2, -1], key=abs))
print(max(['aa', 'b', 'cccc'], key=len), list(map(type, [1, 'a', None])))
def apply(f, *xs):
    return f(xs)
print(apply(sum, 1, 2, 3), apply(max, 4, 8, 1), apply(list, 'a', 'b'))
print(len is len, callable(table['len']), repr(len), repr(abs))
