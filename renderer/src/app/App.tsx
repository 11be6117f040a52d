import { ErrorBoundary } from './ErrorBoundary';
import { Providers } from './Providers';
import { VaultGate } from './VaultGate';

export function App() {
  return (
    <Providers>
      <ErrorBoundary>
        <VaultGate />
      </ErrorBoundary>
    </Providers>
  );
}
