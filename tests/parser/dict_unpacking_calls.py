d = {**a, **b}
f(**{"a": 1})
g = dict(**d, x=1)
