# Checks: range indexing, slicing (gives a range), `in`, index(), count() and large ranges.
r = range(0, 20, 3)
print(r[0], r[1], r[-1], r[-2], len(r))
print(r[1:4], r[::2], r[::-1], r[-3:], r[2:100], r[5:1])
print(list(r[1:4]), list(r[::-1]), list(r[::-2]))
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 9.0 in r)
print(r.index(9), r.count(9), r.count(10))
n = range(10, 0, -2)
print(n[0], n[-1], n[1:3], list(n[::-1]), 4 in n, 5 in n, n.index(4))
big = range(0, 9223372036854775807, 1000000007)
print(len(big), big[-1], big[12345], 1000000007 * 12345 in big)
e = range(0)
print(len(e), list(e), 0 in e, e[:], e[::-1])
print(range(10)[3:7][1:2], range(10)[::-3][1])
try:
    r[7]
except IndexError as e:
    print('IndexError:', e)
try:
    r.index(4)
except ValueError as e:
    print('ValueError:', e)
