x = a + b - c * d / e // f % g @ h
y = a ** b ** c
z = a << b >> c & d ^ e | f
w = (a + b) * (c - d)
