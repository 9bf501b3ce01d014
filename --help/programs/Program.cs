switch (args[0])
{

    default: System.Console.Error.WriteLine("no example " + args[0]); return 2;
}
