from fincli.cli import main

main()
