# Checks: an uncaught IndexError from indexing past the end of a string, inside a nested call.
def initials(names):
    return [second_letter(n) for n in names]

def second_letter(name):
    return name[1]

print(initials(['Ada', 'Bob']))
print(second_letter('xy'), second_letter('é中'))
print(initials(['Cy', 'D', 'Eve']))
print("never reached")
