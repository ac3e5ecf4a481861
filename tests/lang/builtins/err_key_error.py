# Checks: an uncaught KeyError from a missing dict key inside nested calls, after output.
prices = {'apple': 3, 'pear': 5}

def price(item):
    return prices[item]

def total(items):
    t = 0
    for it in items:
        t += price(it)
        print('running total', t)
    return t

print(total(['apple', 'pear', 'plum', 'apple']))
