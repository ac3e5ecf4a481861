# Checks: sorting is stable, including with reverse=True (equal keys keep original order).
people = [('Ada', 36), ('Bob', 25), ('Cy', 36), ('Dee', 25), ('Eve', 40), ('Fay', 36)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name, key=lambda p: p[1]))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
recs = [(i % 3, i) for i in range(10)]
print(sorted(recs, key=lambda r: r[0]))
lst = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
lst.sort(key=lambda t: t[0])
print(lst)
lst.sort(key=lambda t: t[0], reverse=True)
print(lst)
print(sorted([1, 1.0, True], key=lambda v: 0), sorted([True, 1, 1.0]))
print(sorted([2, 1.0, True, 0, False, 0.0]))
