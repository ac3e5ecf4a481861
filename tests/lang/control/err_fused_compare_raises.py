# A comparison with a constant that raises in a loop condition, at the loop's bottom test
# (a fused instruction in gilsim): the traceback names the line of the comparison.
class Bad:
    calls = 0

    def __gt__(self, other):
        Bad.calls += 1
        if Bad.calls < 3:
            return True
        raise ValueError(f"cannot compare with {other}, call {Bad.calls}")


def drain(x):
    count = 0
    while (x
           > 0):
        count += 1
    return count


print("start")
drain(Bad())
