# Fails: syntax error, invalid assignment target (a literal on the left of =).
x = 5
1 = x
print(x)
