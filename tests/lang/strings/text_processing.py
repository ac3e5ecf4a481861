# Checks: realistic chaining of str methods: word frequencies, normalizing, building a report.
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
  A fox, a dog, and THE end.  """
lines = [l.strip() for l in text.splitlines()]
print(lines)
words = []
for line in lines:
    for w in line.lower().split():
        w = w.strip('.,;!')
        if w:
            words.append(w)
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:5]:
    print(f'{w:<6}{n:>3} ' + '#' * n)
caps = ' '.join([w.capitalize() for w in words[:4]])
print(caps)
print(text.count('fox'), text.lower().count('the'), text.find('dog'), text.rfind('dog'))
csv = 'name,age\nAda,36\nBob,7\n'
rows = [r.split(',') for r in csv.strip().split('\n')]
header, data = rows[0], rows[1:]
print(header, data)
print([dict(zip(header, r)) for r in data])
print('|'.join([h.upper().center(6) for h in header]))
