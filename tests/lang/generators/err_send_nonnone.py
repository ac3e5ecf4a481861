# A just-started generator accepts only None.
def gen():
    yield 1


gen().send(5)
