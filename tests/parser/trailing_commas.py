f(a, b,)
x = [1, 2,]
y = {1: 2,}
z = {1,}
w = (1, 2,)
def g(a, b,): pass
lambda a, b,: 0
from m import (a, b,)
