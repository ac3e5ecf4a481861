# Checks: an uncaught ValueError from str.index when the substring is missing.
def field(line, key):
    start = line.index(key) + len(key)
    return line[start:].split(';')[0]

record = 'name=Ada;age=36;lang=py'
print(field(record, 'name='))
print(field(record, 'age='))
print(field(record, 'lang='))
print(field(record, 'email='))
print("never reached")
