import { describe, expect, it } from 'vitest';
import { pointAt, polygon } from './radar';

describe('radar chart geometry', () => {
	it('starts at the top and goes round clockwise', () => {
		expect(pointAt(0, 4, 10, 50)).toEqual({ x: 50, y: 40 });
		expect(pointAt(1, 4, 10, 50)).toEqual({ x: 60, y: 50 });
		expect(pointAt(2, 4, 10, 50)).toEqual({ x: 50, y: 60 });
	});

	it('scales scores to the radius and puts open areas at the centre', () => {
		expect(polygon([5, undefined, 5, undefined], 10, 50)).toBe('50,40 50,50 50,60 50,50');
	});
});
