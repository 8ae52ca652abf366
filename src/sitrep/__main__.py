from sitrep.cli.app import main

main()
