# Checks recursive functions: factorial, fibonacci, hanoi move list, small ackermann, gcd, power set.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0]] + r for r in rest]

print([fact(i) for i in range(11)])
print(fact(20))
print([fib(i) for i in range(16)])
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves))
for m in moves:
    print(m)
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
print(powerset([1, 2, 3]))
