a, b = 1, 2
(c, d) = [e, f] = g
[h, (i, j)] = k
a, = b
