# Fails: UnboundLocalError because the function assigns the global name later.
total = 0

def add(x):
    total = total + x
    return total

print("adding")
add(5)
