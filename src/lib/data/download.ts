/** Saves text as a file through the browser's own download, without any server. */
export function downloadText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the blob after click returns.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
