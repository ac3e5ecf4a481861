# Fails: syntax error, two starred expressions in one assignment target.
*a, *b = [1, 2, 3]
print(a, b)
