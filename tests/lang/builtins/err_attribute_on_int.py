# Checks: an uncaught AttributeError from calling a missing method on an int.
def shout(x):
    return x.upper()

def shout_all(items):
    for it in items:
        print(shout(it))

shout_all(['quiet', 'calm'])
shout_all([42])
print("never reached")
