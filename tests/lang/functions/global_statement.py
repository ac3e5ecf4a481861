# Checks the global statement: reading and rebinding module globals from functions, creating new globals.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def create():
    global created
    created = "made inside function"

create()
print(created)

total = 5
def read_only():
    return total * 2

print(read_only())

def shadow():
    total = 100
    return total

print(shadow(), total)

def reset(v):
    global counter, total
    counter = v
    total = v * 2

reset(7)
print(counter, total)
items = []
def add(x):
    items.append(x)
add(1)
add(2)
print(items)
