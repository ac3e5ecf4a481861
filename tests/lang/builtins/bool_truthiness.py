# Checks: bool() and truthiness of every basic value kind, and/or returning operands, not.
vals = [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), '', ' ', '0', b'', b'\x00', [], [0], (), ((),),
        {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False]
for v in vals:
    print(repr(v), bool(v), not v)
print(bool(), bool(bool), bool(len), bool(Exception()))
print(0 or 'x', '' or [] or 'last', 1 and 'y', 0 and 'never', [] and 1, None or 0)
print(1 or 1 / 0, 0 and 1 / 0, not None, not not [1])
x = [] or {} or ()
print(x, type(x))
class Plain:
    pass
print(bool(Plain()), bool(Plain))
if 'nonempty' and [1]:
    print('truthy branch')
n = 0
while n < 3 and 'go':
    n += 1
print(n)
