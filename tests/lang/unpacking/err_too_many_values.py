# Fails: ValueError too many values to unpack in a for loop over pairs.
pairs = [(1, "a"), (2, "b"), (3, "c", "extra")]
for num, letter in pairs:
    print(num, letter)
