# Creating objects, calling their methods, and keeping them in a dict.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


def main():
    d = {}
    total = 0
    for i in range(1_000_000):
        p = Point(i, i + 1)
        q = p.moved(3)
        total += q.norm2() - p.norm2()
        d[i % 1000] = q
    print(total, len(d))


main()
