# Checks: an uncaught IndexError from indexing bytes out of range inside nested calls.
def byte_at(data, i):
    return data[i]

def dump(data, n):
    for i in range(n):
        print(i, byte_at(data, i))

dump(b'\xff', 1)
dump(b'\x10\x20\x30', 5)
print("never reached")
