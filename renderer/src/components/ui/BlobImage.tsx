import { useEffect, useRef } from 'react';
import type { ImageData } from '../../../../shared/evidence-types';

/**
 * Shows image bytes through a `blob:` URL (the CSP allows blob: images, never remote ones).
 * Invariants: the URL is revoked when the bytes change or the image unmounts, so no
 * decrypted image outlives its place on screen; `data-blurred` mirrors what the core said.
 */
export function BlobImage({ image, alt, className }: { image: ImageData; alt: string; className?: string }) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = ref.current;
    if (!img) return;
    const url = URL.createObjectURL(new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.mime }));
    img.src = url;
    return () => {
      img.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [image]);
  const classes = ['blob-image', image.blurred ? 'is-blurred' : 'is-revealed', className].filter(Boolean).join(' ');
  return <img ref={ref} className={classes} alt={alt} data-blurred={image.blurred ? 'true' : 'false'} draggable={false} />;
}
