/** A localStorage/sessionStorage stand-in for unit tests. */
export class FakeStorage implements Storage {
	#items = new Map<string, string>();
	[name: string]: unknown;
	get length(): number {
		return this.#items.size;
	}
	key(i: number): string | null {
		return [...this.#items.keys()][i] ?? null;
	}
	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.#items.set(key, String(value));
	}
	removeItem(key: string): void {
		this.#items.delete(key);
	}
	clear(): void {
		this.#items.clear();
	}
	keys(): string[] {
		return [...this.#items.keys()];
	}
}
