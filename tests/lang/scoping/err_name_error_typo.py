# Fails: NameError for a typo of a defined global name; CPython 3.11 appends "Did you mean: 'counter'?".
counter = 10

def bump():
    return countr + 1

print(counter)
print(bump())
