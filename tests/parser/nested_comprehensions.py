m = [[i * j for j in range(i)] for i in range(5) if i]
n = {i: {j for j in range(i)} for i in range(3)}
o = [x for x in [y for y in z if y] if x]
