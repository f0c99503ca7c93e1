/**
 * UTF-8 bytes of texts, each encoded into one buffer that is used again for the next: a writer of
 * tens of thousands of files (the downloads step, src/write-downloads.ts) encoding each into a
 * buffer of its own allocated some 470 MB at 10,000 articles, memory outside V8's heap that its
 * collector had to track and give back.
 */

/**
 * An encoder whose result is a view of its buffer, valid until its next call: what is made of
 * the bytes (a digest, a write) is done before another text is encoded. The buffer starts at
 * `size` bytes and grows when a text needs more.
 */
export function utf8Scratch(size = 1 << 20): (text: string) => Uint8Array {
	const encoder = new TextEncoder();
	let buffer = new Uint8Array(size);
	return (text) => {
		let { read, written } = encoder.encodeInto(text, buffer);
		if (read < text.length) {
			// A UTF-16 code unit is at most three bytes of UTF-8: this one is large enough.
			buffer = new Uint8Array(Math.max(buffer.length * 2, text.length * 3));
			({ written } = encoder.encodeInto(text, buffer));
		}
		return buffer.subarray(0, written);
	};
}
