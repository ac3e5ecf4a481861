x = [1if y else 2 for y in z]
w = 0x1 if a else 0o7
