# Fails: ValueError not enough values to unpack in a starred assignment inside a function.
def split3(seq):
    a, b, *rest, z = seq
    return a, b, rest, z

print(split3("abcd"))
print(split3("ab"))
