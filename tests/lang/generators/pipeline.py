# Generator pipelines: each stage pulls from the previous one.
def read(lines):
    for line in lines:
        print("read", line)
        yield line


def parse(src):
    for line in src:
        k, _, v = line.partition("=")
        yield k.strip(), int(v)


def only_even(src):
    for k, v in src:
        if v % 2 == 0:
            yield k, v


data = ["a = 1", "b = 2", "c = 3", "d = 4"]
for k, v in only_even(parse(read(data))):
    print("result", k, v)

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(10, fib())))
print(list(zip(take(3, fib()), "abc")))
print(list(map(lambda x: x * 2, take(4, fib()))))
print(list(filter(None, take(5, fib()))))
print(list(enumerate(take(3, fib()), 1)))
