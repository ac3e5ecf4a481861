# Checks: an uncaught TypeError from bytes + str inside a helper, after successful calls.
def frame(payload):
    return b'<' + payload + b'>'

def frame_all(items):
    return b''.join([frame(x) for x in items])

print(frame(b'one'))
print(frame('two'.encode()))
print(frame_all([b'a', b'b']))
print(frame('three'))
