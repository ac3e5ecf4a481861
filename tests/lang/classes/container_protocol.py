# Checks __len__, __getitem__ (ints and slices, IndexError ending iteration), __contains__ and __iter__ returning iter(list).
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __repr__(self):
        return "Deck(%r)" % self.cards

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __contains__(self, x):
        print("  contains?", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)

d = Deck(["A", "K", "Q", "J"])
print(len(d), d[0], d[-1], d[1:3])
for c in d:
    print("card", c)
print("Q" in d, "2" in d)
print(list(d), sorted(d))
print(bool(Deck([])), bool(d))
b = Bag(3, 1, 2)
print(2 in b, 5 in b, 5 not in b)
print(list(b), sum(b), max(b))
for x in b:
    print("item", x)
a, bb, c = b
print(a, bb, c)
print([x * 2 for x in b])
it = iter(b)
print(next(it), next(it), next(it), next(it, "end"))
