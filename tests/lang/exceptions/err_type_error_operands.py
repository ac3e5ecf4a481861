# Fails: TypeError for unsupported operand types inside an expression; 3.11 marks the failing sub-expression with carets.
def total(prices, tax):
    subtotal = sum(prices)
    return subtotal + subtotal * tax + " EUR"

print(total([1, 2], 0))
