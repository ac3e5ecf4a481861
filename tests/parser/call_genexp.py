f(x for x in y)
f((x for x in y))
f((x for x in y), z)
sum(i * i for i in range(10) if i % 2)
g(x async for x in y) if False else 0
