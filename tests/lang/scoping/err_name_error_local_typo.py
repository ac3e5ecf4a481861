# Fails: NameError for a typo of a local variable; the suggestion names the local.
def area(width, height):
    result = width * height
    return reslt

print(area(2, 3))
