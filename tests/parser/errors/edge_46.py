x = 1  # comment with "quote
y = "oops
