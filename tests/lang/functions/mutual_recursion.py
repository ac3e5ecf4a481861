# Checks mutual recursion, recursion over nested data, and recursion building results (permutations, flood fill).
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(n) for n in range(6)], is_odd(101))

def depth(x):
    if isinstance(x, list):
        return 1 + max([depth(y) for y in x], default=0)
    return 0

print(depth(1), depth([]), depth([1, [2, [3]], [[[]]]]))

def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([items[i]] + p)
    return out

print(perms([1, 2, 3]))
print(len(perms(list(range(5)))))

grid = [list("..#.."), list(".##.."), list("....#"), list("###.#")]

def fill(r, c):
    if r < 0 or c < 0 or r >= len(grid) or c >= len(grid[0]) or grid[r][c] != ".":
        return 0
    grid[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)

print(fill(0, 0))
for row in grid:
    print("".join(row))

def binary(n):
    return "0" if n == 0 else ("" if n == 1 else binary(n // 2)) + str(n % 2) if n > 0 else "-" + binary(-n)

print([binary(n) for n in [0, 1, 2, 5, 10, -6]])
