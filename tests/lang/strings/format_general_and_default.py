# Checks: general ('g') and no-type float formatting, which switch between fixed and exponent forms.
vals = [0.0001, 0.00001, 123456.0, 1234567.0, 1.5, 100.0, 1e16, 0.1 + 0.2, 2.5e-7, 1e100]
for v in vals:
    print(repr(v), f'{v:g}', f'{v:.3g}', f'{v:.10g}', f'{v:.3}', f'{v:10}', '%g' % v)
print(f'{1.0:g}', f'{1.0:.3}', f'{0.0:g}', f'{-0.0:g}', f'{100:g}', f'{1e-4:.2}')
print(f'{float("inf"):g}', f'{float("nan"):.3}', f'{12.0:#g}', f'{12.0:#.3}')
print(format(1.23456789, '.4'), format(123456789.0, '.4'), format(0.000012345, '.2'))
print('{:G} {:.2G} {:g}'.format(1e-10, 1234.5, 123456789))
print('%.3g|%10.4g|%-10g|' % (3.14159, 2.0 / 3, 1e-5))
print(f'{123456789:g}', f'{1234567:.2g}', f'{0.5:.0g}', f'{9.99:.2g}')
print(f'{1e15:g}', f'{1e16:.17g}', f'{0.1:.17g}', f'{0.1:.20g}')
