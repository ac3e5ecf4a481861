# Generators as methods, closures and lambdas; several live at once.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
print(sum(t), max(t), 3 in t)

def make_counter(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen

c2 = make_counter(2)
print(list(c2(4)))
gens = [make_counter(k)(3) for k in range(1, 4)]
print([next(g) for g in gens], [next(g) for g in gens])
lam = lambda n: (yield n)
g = lam(7)
print(next(g))
def interleave(*gs):
    gs = list(gs)
    while gs:
        for g in list(gs):
            try:
                yield next(g)
            except StopIteration:
                gs.remove(g)
print(list(interleave(iter("ab"), iter("1234"), iter("X"))))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), list(Countdown(0)))
print(sorted(Countdown(4)), list(reversed(list(Countdown(3)))))
