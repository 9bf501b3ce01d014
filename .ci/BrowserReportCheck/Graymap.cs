namespace BrowserReportCheck;

/// <summary>A binary portable graymap (PGM, "P5"), as `pdftoppm -gray` writes it: a text header (magic, width, height,
/// maximum value, with # comments allowed) and then one byte per pixel for a maximum value below 256.</summary>
internal sealed class Graymap
{
    private readonly byte[] _pixels;

    private Graymap(int width, int height, int maximum, byte[] pixels)
    {
        Width = width;
        Height = height;
        Maximum = maximum;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int Maximum { get; }

    /// <summary>Pixels darker than near-white (below 98% of the maximum): ink, whatever its colour was.</summary>
    public int InkedPixels()
    {
        var threshold = Maximum * 98 / 100;
        return _pixels.Count(value => value < threshold);
    }

    /// <summary>The smallest rectangle holding every inked pixel (pixel columns and rows, inclusive), or null on a blank page.</summary>
    public (int Left, int Top, int Right, int Bottom)? InkBounds()
    {
        var threshold = Maximum * 98 / 100;
        var (left, top, right, bottom) = (Width, Height, -1, -1);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (_pixels[(y * Width) + x] >= threshold) continue;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
            }
        }

        return right < 0 ? null : (left, top, right, bottom);
    }

    public static Graymap Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var fields = new List<int>();
        if (bytes.Length < 2 || bytes[0] != 'P' || bytes[1] != '5')
        {
            throw new InvalidDataException($"{path} is not a binary PGM (P5)");
        }

        var position = 2;
        while (fields.Count < 3)
        {
            while (position < bytes.Length && (char.IsWhiteSpace((char)bytes[position]) || bytes[position] == '#'))
            {
                if (bytes[position] == '#')
                {
                    while (position < bytes.Length && bytes[position] != '\n') position++;
                }
                else
                {
                    position++;
                }
            }

            var value = 0;
            var digits = 0;
            while (position < bytes.Length && bytes[position] is >= (byte)'0' and <= (byte)'9')
            {
                value = (value * 10) + (bytes[position] - '0');
                position++;
                digits++;
            }

            if (digits == 0) throw new InvalidDataException($"{path}: malformed PGM header");
            fields.Add(value);
        }

        position++; // the single whitespace byte that ends the header
        var (width, height, maximum) = (fields[0], fields[1], fields[2]);
        if (maximum is <= 0 or > 255) throw new InvalidDataException($"{path}: PGM maximum {maximum} is not one byte per pixel");
        if (bytes.Length - position < width * height) throw new InvalidDataException($"{path}: PGM is truncated");
        return new Graymap(width, height, maximum, bytes[position..(position + (width * height))]);
    }
}
