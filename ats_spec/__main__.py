from ats_spec.cli import main

main()
